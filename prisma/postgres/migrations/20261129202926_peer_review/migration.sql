-- CreateTable
CREATE TABLE "PeerReview" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "hostGroupId" TEXT NOT NULL,
    "visitorGroupId" TEXT NOT NULL,
    "openedById" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "PeerReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeerFeedback" (
    "id" TEXT NOT NULL,
    "peerReviewId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PeerFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PeerReview_cohortId_openedAt_idx" ON "PeerReview"("cohortId", "openedAt");

-- CreateIndex
CREATE INDEX "PeerReview_hostGroupId_closedAt_idx" ON "PeerReview"("hostGroupId", "closedAt");

-- CreateIndex
CREATE INDEX "PeerReview_visitorGroupId_closedAt_idx" ON "PeerReview"("visitorGroupId", "closedAt");

-- CreateIndex
CREATE INDEX "PeerFeedback_peerReviewId_createdAt_idx" ON "PeerFeedback"("peerReviewId", "createdAt");

-- AddForeignKey
ALTER TABLE "PeerReview" ADD CONSTRAINT "PeerReview_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerReview" ADD CONSTRAINT "PeerReview_hostGroupId_fkey" FOREIGN KEY ("hostGroupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerReview" ADD CONSTRAINT "PeerReview_visitorGroupId_fkey" FOREIGN KEY ("visitorGroupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerReview" ADD CONSTRAINT "PeerReview_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerFeedback" ADD CONSTRAINT "PeerFeedback_peerReviewId_fkey" FOREIGN KEY ("peerReviewId") REFERENCES "PeerReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerFeedback" ADD CONSTRAINT "PeerFeedback_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
