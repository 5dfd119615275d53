/** Invites a participant to the questionnaires open now in their cohort (none: renders nothing). */
import { useTranslations } from "next-intl";
import Link from "next/link";

export interface OpenEvaluationLink {
  sessionTitle: string;
  href: string;
}

export function OpenEvaluations({ links }: { links: OpenEvaluationLink[] }) {
  const t = useTranslations("evaluation.invite");
  if (links.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="open-evaluations-title" data-testid="open-evaluations">
      <h2 id="open-evaluations-title" className="panel__title">{t("heading")}</h2>
      <ul className="card-list">
        {links.map((link) => (
          <li key={link.href}>
            <Link className="button button--primary" href={link.href}>
              {t("answer", { session: link.sessionTitle })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
