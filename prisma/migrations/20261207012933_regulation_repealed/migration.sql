-- AlterTable
ALTER TABLE "RegulationDocument" ADD COLUMN     "repealed" BOOLEAN NOT NULL DEFAULT false;
