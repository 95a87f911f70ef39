import { assertBuilt, chromeBuildDir, firefoxBuildDir } from '../../scripts/lib/paths';

/** The suites test the built extension: fail at once, and clearly, when a build is missing. */
export default function setup(): void {
  assertBuilt(chromeBuildDir, 'npx wxt build');
  assertBuilt(firefoxBuildDir, 'npx wxt build -b firefox');
}
