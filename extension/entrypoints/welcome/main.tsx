import { render } from 'preact';
import { mountPage } from '@/ui/mount-page.ts';
import { WelcomeApp, WELCOME_CSS } from '@/ui/welcome/welcome-app.tsx';

const root = mountPage();
const style = document.createElement('style');
style.textContent = WELCOME_CSS;
document.head.append(style);
render(<WelcomeApp />, root);
