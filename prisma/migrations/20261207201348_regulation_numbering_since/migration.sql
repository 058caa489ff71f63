-- AlterTable
ALTER TABLE "RegulationDocument" ADD COLUMN     "numberingSince" DATE;
