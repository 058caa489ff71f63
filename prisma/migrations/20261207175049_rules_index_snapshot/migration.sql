-- CreateTable
CREATE TABLE "RulesIndexSnapshot" (
    "key" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RulesIndexSnapshot_pkey" PRIMARY KEY ("key")
);

-- The bytes are gzipped already: stored out of line without PostgreSQL's own compression, which would try and fail
-- on tens of megabytes at every write and read (an insert of the full library's 30 MB: 0.74 s with it, 0.23 s without).
ALTER TABLE "RulesIndexSnapshot" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;
