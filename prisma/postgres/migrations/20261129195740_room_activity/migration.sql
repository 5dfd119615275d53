-- CreateTable
CREATE TABLE "RoomActivity" (
    "roomId" TEXT NOT NULL,
    "minute" TIMESTAMP(3) NOT NULL,
    "stageId" TEXT NOT NULL,
    "updates" INTEGER NOT NULL,
    "lastAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoomActivity_pkey" PRIMARY KEY ("roomId","minute","stageId")
);

-- AddForeignKey
ALTER TABLE "RoomActivity" ADD CONSTRAINT "RoomActivity_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE CASCADE ON UPDATE CASCADE;
