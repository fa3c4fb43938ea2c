// Whether a path exists: the one check eco makes before reading or refusing to overwrite.
import { access } from 'node:fs/promises';

export async function exists(p: string): Promise<boolean> {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}
