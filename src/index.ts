import { capHeapGrowth } from './commands/heap-growth';
import { run } from './main';
import { answerShareRequest } from './pipeline/parallel-evaluate';

// the bundle is also the script of its own evaluation workers (see src/pipeline/parallel-evaluate.ts)
if (!answerShareRequest()) {
  capHeapGrowth();
  void run();
}
