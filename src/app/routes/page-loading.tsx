export function PageLoading() {
  return (
    <div className="page-loading" role="status">
      <p>Loading…</p>
    </div>
  );
}
