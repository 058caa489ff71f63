-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('judge', 'assistant', 'clerk', 'team_lead', 'admin');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('open', 'closed');

-- CreateEnum
CREATE TYPE "CaseEventKind" AS ENUM ('extension', 'excluded_period', 'suspension', 'resumption', 'conversion', 'appeal_filed', 'appeal_decided', 'remanded', 'amended');

-- CreateEnum
CREATE TYPE "ComparisonMode" AS ENUM ('ranked', 'unranked', 'anonymized');

-- CreateEnum
CREATE TYPE "DigestKind" AS ENUM ('daily', 'weekly', 'monthly', 'rules');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('claimed', 'posted', 'failed');

-- CreateTable
CREATE TABLE "Court" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    "comparisonMode" "ComparisonMode" NOT NULL DEFAULT 'unranked',
    "managementChannelId" TEXT,
    "rulesChannelId" TEXT,
    "sendEmptyDaily" BOOLEAN NOT NULL DEFAULT false,
    "metricPolicy" JSONB,
    "deadlinePolicy" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Court_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" SERIAL NOT NULL,
    "courtId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "leadId" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "courtId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "staffNo" TEXT,
    "email" TEXT,
    "slackUserId" TEXT,
    "role" "Role" NOT NULL,
    "teamId" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JudgeAssignment" (
    "assistantId" INTEGER NOT NULL,
    "judgeId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JudgeAssignment_pkey" PRIMARY KEY ("assistantId","judgeId")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" SERIAL NOT NULL,
    "courtId" INTEGER NOT NULL,
    "caseNumber" TEXT NOT NULL,
    "normalizedNumber" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "courtCode" TEXT NOT NULL,
    "specialCode" TEXT,
    "typeCode" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "legacyNumber" BOOLEAN NOT NULL DEFAULT false,
    "cause" TEXT NOT NULL,
    "procedure" TEXT NOT NULL,
    "prosecution" TEXT,
    "detained" BOOLEAN,
    "incidentalCivil" BOOLEAN NOT NULL DEFAULT false,
    "nonLitigation" BOOLEAN NOT NULL DEFAULT false,
    "appealAgainst" TEXT,
    "specialKind" TEXT,
    "announcementEndsOn" DATE,
    "startsOn" DATE,
    "filedOn" DATE NOT NULL,
    "closedOn" DATE,
    "closeMethod" TEXT,
    "status" "CaseStatus" NOT NULL DEFAULT 'open',
    "judgeId" INTEGER,
    "teamId" INTEGER,
    "amount" DECIMAL(18,2),
    "recoveredAmount" DECIMAL(18,2),
    "parties" TEXT,
    "appealed" BOOLEAN NOT NULL DEFAULT false,
    "appealOutcome" TEXT,
    "deadline" DATE,
    "naturalDeadline" DATE,
    "deadlineProvisional" BOOLEAN NOT NULL DEFAULT false,
    "extended" BOOLEAN NOT NULL DEFAULT false,
    "suspended" BOOLEAN NOT NULL DEFAULT false,
    "sourceHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseEvent" (
    "id" SERIAL NOT NULL,
    "caseId" INTEGER NOT NULL,
    "kind" "CaseEventKind" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "months" INTEGER,
    "days" INTEGER,
    "approvedBy" TEXT,
    "fromDate" DATE,
    "toDate" DATE,
    "reason" TEXT,
    "procedureFrom" TEXT,
    "procedureTo" TEXT,
    "outcome" TEXT,
    "note" TEXT,
    "fingerprint" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamTarget" (
    "id" SERIAL NOT NULL,
    "teamId" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "periodKind" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "setById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegulationDocument" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "docType" TEXT NOT NULL,
    "hierarchy" INTEGER NOT NULL,
    "versionDate" DATE NOT NULL,
    "effectiveDate" DATE,
    "current" BOOLEAN NOT NULL DEFAULT true,
    "contentHash" TEXT NOT NULL,
    "sourceName" TEXT,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegulationDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegulationArticle" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "suffix" INTEGER NOT NULL DEFAULT 0,
    "chapter" TEXT NOT NULL DEFAULT '',
    "text" TEXT NOT NULL,

    CONSTRAINT "RegulationArticle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegulationChange" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "articleNumber" TEXT,
    "summary" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegulationChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserPreference" (
    "personId" INTEGER NOT NULL,
    "locale" TEXT,
    "dailyDigestEnabled" BOOLEAN NOT NULL DEFAULT true,
    "dailyDigestTime" TEXT NOT NULL DEFAULT '08:30',
    "snoozeUntil" DATE,
    "quietHoursStart" TEXT,
    "quietHoursEnd" TEXT,
    "rulesDigestOptIn" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UserPreference_pkey" PRIMARY KEY ("personId")
);

-- CreateTable
CREATE TABLE "DigestDelivery" (
    "id" SERIAL NOT NULL,
    "kind" "DigestKind" NOT NULL,
    "period" TEXT NOT NULL,
    "recipientKey" TEXT NOT NULL,
    "personId" INTEGER,
    "channelId" TEXT,
    "messageTs" TEXT,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'claimed',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "claimedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "postedAt" TIMESTAMP(3),

    CONSTRAINT "DigestDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Schedule" (
    "id" SERIAL NOT NULL,
    "courtId" INTEGER NOT NULL,
    "kind" "DigestKind" NOT NULL,
    "cron" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "recipients" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Schedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarYear" (
    "year" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "holidays" TEXT[],
    "workdays" TEXT[],
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarYear_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "courtId" INTEGER,
    "actorId" INTEGER,
    "actorLabel" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" SERIAL NOT NULL,
    "courtId" INTEGER,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileHash" TEXT NOT NULL,
    "dryRun" BOOLEAN NOT NULL DEFAULT false,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "summary" JSONB,

    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Court_code_key" ON "Court"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Team_leadId_key" ON "Team"("leadId");

-- CreateIndex
CREATE UNIQUE INDEX "Team_courtId_name_key" ON "Team"("courtId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Person_slackUserId_key" ON "Person"("slackUserId");

-- CreateIndex
CREATE INDEX "Person_courtId_name_idx" ON "Person"("courtId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Person_courtId_staffNo_key" ON "Person"("courtId", "staffNo");

-- CreateIndex
CREATE UNIQUE INDEX "Person_courtId_email_key" ON "Person"("courtId", "email");

-- CreateIndex
CREATE INDEX "JudgeAssignment_judgeId_idx" ON "JudgeAssignment"("judgeId");

-- CreateIndex
CREATE INDEX "Case_judgeId_status_deadline_idx" ON "Case"("judgeId", "status", "deadline");

-- CreateIndex
CREATE INDEX "Case_teamId_closedOn_idx" ON "Case"("teamId", "closedOn");

-- CreateIndex
CREATE INDEX "Case_teamId_status_deadline_idx" ON "Case"("teamId", "status", "deadline");

-- CreateIndex
CREATE INDEX "Case_courtId_status_deadline_idx" ON "Case"("courtId", "status", "deadline");

-- CreateIndex
CREATE INDEX "Case_courtId_closedOn_idx" ON "Case"("courtId", "closedOn");

-- CreateIndex
CREATE INDEX "Case_courtId_filedOn_idx" ON "Case"("courtId", "filedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Case_courtId_normalizedNumber_key" ON "Case"("courtId", "normalizedNumber");

-- CreateIndex
CREATE INDEX "CaseEvent_caseId_occurredOn_idx" ON "CaseEvent"("caseId", "occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "CaseEvent_caseId_fingerprint_key" ON "CaseEvent"("caseId", "fingerprint");

-- CreateIndex
CREATE UNIQUE INDEX "TeamTarget_teamId_metric_periodKind_periodKey_key" ON "TeamTarget"("teamId", "metric", "periodKind", "periodKey");

-- CreateIndex
CREATE INDEX "RegulationDocument_title_current_idx" ON "RegulationDocument"("title", "current");

-- CreateIndex
CREATE UNIQUE INDEX "RegulationDocument_title_versionDate_key" ON "RegulationDocument"("title", "versionDate");

-- CreateIndex
CREATE UNIQUE INDEX "RegulationArticle_documentId_ordinal_suffix_key" ON "RegulationArticle"("documentId", "ordinal", "suffix");

-- CreateIndex
CREATE INDEX "RegulationChange_createdAt_idx" ON "RegulationChange"("createdAt");

-- CreateIndex
CREATE INDEX "DigestDelivery_status_claimedAt_idx" ON "DigestDelivery"("status", "claimedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DigestDelivery_kind_period_recipientKey_key" ON "DigestDelivery"("kind", "period", "recipientKey");

-- CreateIndex
CREATE UNIQUE INDEX "Schedule_courtId_kind_key" ON "Schedule"("courtId", "kind");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_courtId_fkey" FOREIGN KEY ("courtId") REFERENCES "Court"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Team" ADD CONSTRAINT "Team_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_courtId_fkey" FOREIGN KEY ("courtId") REFERENCES "Court"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudgeAssignment" ADD CONSTRAINT "JudgeAssignment_assistantId_fkey" FOREIGN KEY ("assistantId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudgeAssignment" ADD CONSTRAINT "JudgeAssignment_judgeId_fkey" FOREIGN KEY ("judgeId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_courtId_fkey" FOREIGN KEY ("courtId") REFERENCES "Court"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_judgeId_fkey" FOREIGN KEY ("judgeId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamTarget" ADD CONSTRAINT "TeamTarget_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamTarget" ADD CONSTRAINT "TeamTarget_setById_fkey" FOREIGN KEY ("setById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegulationArticle" ADD CONSTRAINT "RegulationArticle_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "RegulationDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegulationChange" ADD CONSTRAINT "RegulationChange_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "RegulationDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserPreference" ADD CONSTRAINT "UserPreference_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestDelivery" ADD CONSTRAINT "DigestDelivery_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_courtId_fkey" FOREIGN KEY ("courtId") REFERENCES "Court"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_courtId_fkey" FOREIGN KEY ("courtId") REFERENCES "Court"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRun" ADD CONSTRAINT "ImportRun_courtId_fkey" FOREIGN KEY ("courtId") REFERENCES "Court"("id") ON DELETE SET NULL ON UPDATE CASCADE;
