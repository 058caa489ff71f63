-- CreateEnum
CREATE TYPE "CaseReminderKind" AS ENUM ('remind', 'snooze');

-- CreateEnum
CREATE TYPE "CaseReminderStatus" AS ENUM ('open', 'sent', 'cancelled');

-- AlterEnum
ALTER TYPE "DigestKind" ADD VALUE 'notice';

-- CreateTable
CREATE TABLE "CaseReminder" (
    "id" SERIAL NOT NULL,
    "courtId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "caseId" INTEGER NOT NULL,
    "kind" "CaseReminderKind" NOT NULL,
    "on" DATE NOT NULL,
    "basis" TEXT NOT NULL,
    "workingDays" INTEGER,
    "askedOn" DATE,
    "status" "CaseReminderStatus" NOT NULL DEFAULT 'open',
    "cancelReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),

    CONSTRAINT "CaseReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseReminder_status_kind_on_idx" ON "CaseReminder"("status", "kind", "on");

-- CreateIndex
CREATE INDEX "CaseReminder_personId_status_idx" ON "CaseReminder"("personId", "status");

-- CreateIndex
CREATE INDEX "CaseReminder_caseId_idx" ON "CaseReminder"("caseId");

-- AddForeignKey
ALTER TABLE "CaseReminder" ADD CONSTRAINT "CaseReminder_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReminder" ADD CONSTRAINT "CaseReminder_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
