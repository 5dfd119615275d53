-- CreateTable
CREATE TABLE "FactorRating" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "factor" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "note" TEXT,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FactorRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessRisk" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "risk" TEXT NOT NULL,
    "mitigation" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProcessRisk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partner" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "interest" INTEGER NOT NULL,
    "influence" INTEGER NOT NULL,
    "tookPart" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FactorRating_sessionId_idx" ON "FactorRating"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "FactorRating_groupId_sessionId_factor_key" ON "FactorRating"("groupId", "sessionId", "factor");

-- CreateIndex
CREATE INDEX "ProcessRisk_groupId_sessionId_idx" ON "ProcessRisk"("groupId", "sessionId");

-- CreateIndex
CREATE INDEX "ProcessRisk_sessionId_idx" ON "ProcessRisk"("sessionId");

-- CreateIndex
CREATE INDEX "Partner_groupId_idx" ON "Partner"("groupId");

-- AddForeignKey
ALTER TABLE "FactorRating" ADD CONSTRAINT "FactorRating_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactorRating" ADD CONSTRAINT "FactorRating_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CourseSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessRisk" ADD CONSTRAINT "ProcessRisk_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessRisk" ADD CONSTRAINT "ProcessRisk_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CourseSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;
