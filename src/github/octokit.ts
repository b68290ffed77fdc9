import { getOctokit } from '@actions/github';

/** Octokit for the REST API at GITHUB_API_URL (GitHub Enterprise, or a local stand-in), read when called. */
export function octokitFor(token: string, baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com') {
  return getOctokit(token, { baseUrl });
}
