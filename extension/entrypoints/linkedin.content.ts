import { defineContentScript } from 'wxt/utils/define-content-script';
import { Coach } from '@/content/coach.ts';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    new Coach(ctx).start();
  },
});
