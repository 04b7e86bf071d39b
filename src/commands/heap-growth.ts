import * as v8 from 'node:v8';

/**
 * How much V8 lets the heap grow past what a full collection left live, in percent. Left to
 * itself, V8 picks a factor of up to 4 when collections look cheap, so the peak memory of a large
 * scan was about twice what it held: 100,000 objects with every framework held 550 MiB at most
 * and peaked at 990–1,020 MiB, with rare runs at 1.6 and 2.3 GiB. At 40% the same scan peaks at
 * 855–875 MiB, and one file of 60,000 documents at 460–500 MiB instead of 625–640, for a few
 * percent more CPU. 25% saved another 25 MiB but now and then sent V8 into a mode of many
 * collections (+50% CPU on that file). The CLI runs where memory is a limit (an ArgoCD PreSync
 * Job's pod, a laptop beside an editor), so it takes the smaller peak. Measured on Node 20;
 * Node 24 gains less.
 */
export const HEAP_GROWING_PERCENT = 40;

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
