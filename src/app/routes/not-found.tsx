import { paths } from '../../lib/urls.ts';
import { Link } from 'react-router';
import { PageTitle } from '../../components/page-title.tsx';

export function NotFoundPage({ message }: { message?: string }) {
  return (
    <div className="not-found">
      <PageTitle title="Page not found" />
      <h1>Page not found</h1>
      <p>{message ?? 'There is nothing at this address. The link may be mistyped or out of date.'}</p>
      <p>
        <Link to={paths.articles()}>Back to all articles</Link>
      </p>
    </div>
  );
}
