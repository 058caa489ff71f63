-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "baseDeadline" DATE,
ADD COLUMN     "excludedDays" INTEGER;
