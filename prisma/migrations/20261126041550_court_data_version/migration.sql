-- AlterTable
ALTER TABLE "Court" ADD COLUMN     "dataVersion" INTEGER NOT NULL DEFAULT 0;
