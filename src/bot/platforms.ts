// The chat platforms whose credentials are present in the environment.
import type { Logger } from '../app/logger.ts';
import type { Platform } from './platform.ts';

export function platformsFromEnv(_env: NodeJS.ProcessEnv, _log?: Logger): Platform[] {
  const platforms: Platform[] = [];
  return platforms;
}
