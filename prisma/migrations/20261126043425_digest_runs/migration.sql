-- CreateEnum
CREATE TYPE "DigestRunStatus" AS ENUM ('running', 'deferred', 'done', 'failed');

-- AlterTable
ALTER TABLE "DigestDelivery" ADD COLUMN     "fileId" TEXT;

-- CreateTable
CREATE TABLE "DigestRun" (
    "id" SERIAL NOT NULL,
    "courtId" INTEGER NOT NULL,
    "kind" "DigestKind" NOT NULL,
    "period" TEXT NOT NULL,
    "sendDay" TEXT NOT NULL,
    "status" "DigestRunStatus" NOT NULL DEFAULT 'running',
    "nextAt" TIMESTAMP(3),
    "sent" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "DigestRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DigestRun_status_nextAt_idx" ON "DigestRun"("status", "nextAt");

-- CreateIndex
CREATE UNIQUE INDEX "DigestRun_courtId_kind_period_key" ON "DigestRun"("courtId", "kind", "period");

-- AddForeignKey
ALTER TABLE "DigestRun" ADD CONSTRAINT "DigestRun_courtId_fkey" FOREIGN KEY ("courtId") REFERENCES "Court"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
