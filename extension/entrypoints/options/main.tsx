import { render } from 'preact';
import { OptionsApp } from '@/ui/options/options-app.tsx';
import { mountPage } from '@/ui/mount-page.ts';

render(<OptionsApp />, mountPage());
