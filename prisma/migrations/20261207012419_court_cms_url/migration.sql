-- AlterTable
ALTER TABLE "Court" ADD COLUMN     "cmsUrlTemplate" TEXT;
