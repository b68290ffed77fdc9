/** Every page of a call paged by NextToken: `page(token)` until a page comes back without one. */
export async function allPages<P extends { NextToken?: string | undefined }>(
  page: (NextToken: string | undefined) => Promise<P>,
): Promise<P[]> {
  const pages: P[] = [];
  let NextToken: string | undefined;
  do {
    const next = await page(NextToken);
    pages.push(next);
    NextToken = next.NextToken;
  } while (NextToken);
  return pages;
}
