import { render } from 'preact';
import { PopupApp } from '@/ui/popup/popup-app.tsx';
import { mountPage } from '@/ui/mount-page.ts';

render(<PopupApp />, mountPage());
