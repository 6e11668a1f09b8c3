import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useFromHere } from '../hooks/use-address-filter';

/** A link to a person's page, whose Back returns to the page the link is on. */
export function PersonLink({ id, children, lang }: { id: string; children: ReactNode; lang?: string }) {
  return (
    <Link to={`/trainers/${id}`} state={useFromHere()} lang={lang}>
      {children}
    </Link>
  );
}
