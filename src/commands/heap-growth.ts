import * as v8 from 'node:v8';

/**
 * How much V8 lets the heap grow past what a full collection left live, in percent. Left to
 * itself, V8 picks a factor of up to 4 when collections look cheap, so the peak memory of a large
 * scan was about twice what it held: 100,000 objects with every framework held 550 MiB at most
 * and peaked at 985–1,020 MiB, with rare runs at 1.6 and 2.3 GiB. At 100% (a factor of 2) the
 * same scan peaks at 920–925 MiB, and one file of 60,000 documents at 510–515 MiB instead of
 * 625–640, at the same CPU within this machine's noise. Lower caps (25%, 40%) saved up to 100 MiB
 * more but now and then sent V8 into a mode of many collections: 50–60% more CPU, and more
 * memory, not less. Measured on Node 20; Node 24 gains less.
 */
export const HEAP_GROWING_PERCENT = 100;

const FLAG = '--heap-growing-percent';

/**
 * Caps V8's heap growth for this process, unless the user gave the flag themselves (`node
 * --heap-growing-percent=0 kubegate ...` restores V8's own choice). The flag is read at each
 * collection, so setting it at startup takes effect for the whole run (and its worker threads).
 */
export function capHeapGrowth(execArgv: readonly string[] = process.execArgv, setFlags: (flags: string) => void = v8.setFlagsFromString): boolean {
  // V8 reads its flags with - and _ alike
  const given = execArgv.some((a) => {
    const flag = a.replace(/_/g, '-');
    return flag === FLAG || flag.startsWith(`${FLAG}=`);
  });
  if (given) return false;
  setFlags(`${FLAG}=${HEAP_GROWING_PERCENT}`);
  return true;
}
