-- CreateTable
CREATE TABLE "RoomActivity" (
    "roomId" TEXT NOT NULL,
    "minute" DATETIME NOT NULL,
    "stageId" TEXT NOT NULL,
    "updates" INTEGER NOT NULL,
    "lastAt" DATETIME NOT NULL,

    PRIMARY KEY ("roomId", "minute", "stageId"),
    CONSTRAINT "RoomActivity_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
