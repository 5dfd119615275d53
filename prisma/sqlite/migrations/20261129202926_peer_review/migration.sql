-- CreateTable
CREATE TABLE "PeerReview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cohortId" TEXT NOT NULL,
    "hostGroupId" TEXT NOT NULL,
    "visitorGroupId" TEXT NOT NULL,
    "openedById" TEXT NOT NULL,
    "openedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" DATETIME,
    CONSTRAINT "PeerReview_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PeerReview_hostGroupId_fkey" FOREIGN KEY ("hostGroupId") REFERENCES "Group" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PeerReview_visitorGroupId_fkey" FOREIGN KEY ("visitorGroupId") REFERENCES "Group" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PeerReview_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PeerFeedback" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "peerReviewId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PeerFeedback_peerReviewId_fkey" FOREIGN KEY ("peerReviewId") REFERENCES "PeerReview" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PeerFeedback_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PeerReview_cohortId_openedAt_idx" ON "PeerReview"("cohortId", "openedAt");

-- CreateIndex
CREATE INDEX "PeerReview_hostGroupId_closedAt_idx" ON "PeerReview"("hostGroupId", "closedAt");

-- CreateIndex
CREATE INDEX "PeerReview_visitorGroupId_closedAt_idx" ON "PeerReview"("visitorGroupId", "closedAt");

-- CreateIndex
CREATE INDEX "PeerFeedback_peerReviewId_createdAt_idx" ON "PeerFeedback"("peerReviewId", "createdAt");
