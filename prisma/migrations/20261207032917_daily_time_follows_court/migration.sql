-- AlterTable
ALTER TABLE "UserPreference" ALTER COLUMN "dailyDigestTime" DROP NOT NULL,
ALTER COLUMN "dailyDigestTime" DROP DEFAULT;

-- 08:30 was the default every row got, whether or not its person chose it; it was also the court's default
-- daily time. From now on a person without a time of their own follows the court's daily schedule.
UPDATE "UserPreference" SET "dailyDigestTime" = NULL WHERE "dailyDigestTime" = '08:30';
