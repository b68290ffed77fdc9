// What a reviewer sees outside the folded template diff, for the scenarios issue 9 names: each change
// in compose words with its consequence, only what changes in security, and a headline that holds.
import { COMMENT_LIMIT, renderMarkdown } from '../../src/report/markdown.js';
import { failedFirstDeploy, iamSecurityReplacement, retainedRemoval } from './scenarios.js';

const reviewerPart = (md: string) => md.slice(0, md.indexOf('<details><summary><b>Template diff'));

describe('an image + environment + policy + new public port update', () => {
  it('names each change in compose words, with the load balancer replacement and its reason', async () => {
    const md = renderMarkdown(await iamSecurityReplacement());
    const visible = reviewerPart(md);
    // The example's proxy deploys by canary (issue 25): on the network load balancer its port's listener is
    // what ECS shifts, so the catch-all rule goes, and the proxy's groups, service and role change with it.
    expect(visible).toContain(
      '### 📋 compose-ecs plan: `shop` planned: 4 to add, 5 to change, 4 to replace, 1 to remove\n',
    );
    expect(visible).toContain(
      'commit `4f2c1e9` · [run](https://github.com/octo-org/shop/actions/runs/1234567890)',
    );
    expect(visible).toContain(
      '- **web**: image `web@sha256:4b5e57f6eb2f` → `web@sha256:777777777777` (built now, tag `b7`)',
    );
    expect(visible).toContain('  - environment FEATURE_FLAGS added = "checkout-v2"');
    // A secret-like name: the variable is named, its value is shown nowhere, not even in the diff.
    expect(visible).toContain('  - environment STRIPE_API_KEY added\n');
    expect(md).not.toContain('sk_live_do_not_show');
    expect(visible).toContain('  - publishes 8443/tcp');
    expect(visible).toContain('  - policy attached: AmazonS3ReadOnlyAccess');
    expect(visible).toContain(
      '- project: load balancer LoadBalancer turns from application into network because it now publishes 8443/tcp: it is **replaced**, its DNS name and every URL change',
    );
    expect(visible).toContain(
      '| ✏️ Modify | `LoadBalancer` | ElasticLoadBalancingV2::LoadBalancer | ⚠️ **replaced** by Type<br>Type: application → network |',
    );
    // Security: the new public port and the policy are listed; the unchanged port-80 rule is not.
    expect(visible).toContain(
      '- ➕ added LoadBalancerSecurityGroup: ingress 8443/tcp from 0.0.0.0/0 — ⚠️ **open to the internet**',
    );
    expect(visible).toContain(
      '➕ added managed policy arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess — WebTaskRole',
    );
    expect(visible).not.toMatch(/ingress 80\/tcp from 0\.0\.0\.0\/0/);
    expect(visible).not.toContain('internet-facing load balancer');
  });
});

describe('removing a service whose volume is retained', () => {
  it('says the file system leaves the stack but keeps its data', async () => {
    const visible = reviewerPart(renderMarkdown(await retainedRemoval()));
    expect(visible).toContain(
      '- project: DbdataFilesystem is removed from the stack but retained (orphaned): its data stays, and so does its cost',
    );
    expect(visible).toContain('- **db**: removed, image `db@sha256:7bdc25d1694e`');
  });
});

describe("GitHub's comment limit", () => {
  it('a 150-service failed first deploy keeps its headline, root cause, images and run link', () => {
    const report = failedFirstDeploy(150);
    const md = renderMarkdown(report);
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(md).toContain('### ❌ compose-ecs deploy: `big` failed and rolled back: 908 to add,');
    expect(md).toContain(`> ${report.deploy!.error!.replace(/\|/g, '\\|')}`);
    // The failed resource stays in the shortened progress table, ahead of the ones rolled back.
    expect(md).toMatch(
      /\| `Svc149TCP10149TargetGroup` \| ElasticLoadBalancingV2::TargetGroup \| ❌ CREATE_FAILED \|/,
    );
    for (const image of report.images) expect(md).toContain(`| ${image.service} | \`svc`);
    expect(md.match(/^\| svc\d{3} \| `svc\d+@sha256:/gm)).toHaveLength(150);
    expect(md).toContain('[run](https://github.com/octo-org/shop/actions/runs/1234567890)');
    expect(md).toMatch(/more (resources|changes|services) left out to fit GitHub's limit/);
    // Shortened by whole rows: every code block closed, every table row complete.
    expect(md.split(/^```/m).length % 2).toBe(1);
    for (const line of md.split('\n').filter((l) => l.startsWith('| ')))
      expect(line.endsWith(' |')).toBe(true);
  });
});
