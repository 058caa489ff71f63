-- CreateEnum
CREATE TYPE "ExtensionRequestStatus" AS ENUM ('pending', 'approved', 'rejected', 'entered');

-- AlterTable
ALTER TABLE "Court" ADD COLUMN     "extensionApproverTitle" TEXT NOT NULL DEFAULT '院长';

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "title" TEXT;

-- CreateTable
CREATE TABLE "ExtensionRequest" (
    "id" SERIAL NOT NULL,
    "courtId" INTEGER NOT NULL,
    "caseId" INTEGER NOT NULL,
    "requesterId" INTEGER NOT NULL,
    "approverId" INTEGER,
    "ruleId" TEXT NOT NULL,
    "ruleTitle" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "stepNumber" INTEGER NOT NULL,
    "months" INTEGER NOT NULL DEFAULT 0,
    "days" INTEGER NOT NULL DEFAULT 0,
    "reason" TEXT NOT NULL,
    "currentDeadline" DATE NOT NULL,
    "proposedDeadline" DATE NOT NULL,
    "applyBy" DATE,
    "status" "ExtensionRequestStatus" NOT NULL DEFAULT 'pending',
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "eventId" INTEGER,
    "enteredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExtensionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ExtensionRequest_eventId_key" ON "ExtensionRequest"("eventId");

-- CreateIndex
CREATE INDEX "ExtensionRequest_caseId_status_idx" ON "ExtensionRequest"("caseId", "status");

-- CreateIndex
CREATE INDEX "ExtensionRequest_courtId_status_decidedAt_idx" ON "ExtensionRequest"("courtId", "status", "decidedAt");

-- CreateIndex
CREATE INDEX "ExtensionRequest_approverId_status_idx" ON "ExtensionRequest"("approverId", "status");

-- AddForeignKey
ALTER TABLE "ExtensionRequest" ADD CONSTRAINT "ExtensionRequest_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExtensionRequest" ADD CONSTRAINT "ExtensionRequest_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExtensionRequest" ADD CONSTRAINT "ExtensionRequest_approverId_fkey" FOREIGN KEY ("approverId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExtensionRequest" ADD CONSTRAINT "ExtensionRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExtensionRequest" ADD CONSTRAINT "ExtensionRequest_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "CaseEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;
