import type { SessionUser } from "@/lib/server/auth/session";
import { assertCohortTrainer } from "@/lib/server/access/assert-cohort-trainer";
import { getPrisma, type DbClient } from "@/lib/server/db/client";
import type { QuestionnaireStatus } from "@/lib/shared/evaluation/evaluation-schemas";
import {
  seriesKeyOf,
  summarizeRatings,
  type CourseRatingSeries,
  type CourseResults,
} from "@/lib/shared/evaluation/results";

/**
 * The evaluation across a cohort's course, for its trainers: the sessions whose questionnaire was
 * opened (in course order) and, per rating question, its mean in each of them. The same default
 * question, or an own question with the same words, is one line through the sessions.
 */
export async function getCourseResults(
  user: SessionUser | null,
  cohortId: string,
  prisma: DbClient = getPrisma(),
): Promise<CourseResults> {
  await assertCohortTrainer(user, cohortId, prisma);
  const sessions = await prisma.courseSession.findMany({
    where: { cohortId, questionnaire: { status: { in: ["open", "closed"] } } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      questionnaire: {
        select: {
          status: true,
          _count: { select: { responses: true } },
          questions: {
            where: { kind: "rating" },
            orderBy: { position: "asc" },
            select: { text: true, defaultKey: true, answers: { select: { rating: true } } },
          },
        },
      },
    },
  });
  const series = new Map<string, CourseRatingSeries>();
  sessions.forEach((session, index) => {
    for (const question of session.questionnaire?.questions ?? []) {
      const key = seriesKeyOf(question);
      let line = series.get(key);
      if (!line) {
        line = {
          key,
          question: { text: question.text, defaultKey: question.defaultKey as CourseRatingSeries["question"]["defaultKey"] },
          means: sessions.map(() => null),
          counts: sessions.map(() => 0),
        };
        series.set(key, line);
      }
      const summary = summarizeRatings(question.answers.flatMap((answer) => (answer.rating === null ? [] : [answer.rating])));
      line.means[index] = summary.mean;
      line.counts[index] = summary.count;
    }
  });
  return {
    sessions: sessions.map((session) => ({
      id: session.id,
      title: session.title,
      status: session.questionnaire!.status as QuestionnaireStatus,
      responseCount: session.questionnaire!._count.responses,
    })),
    series: [...series.values()],
  };
}
