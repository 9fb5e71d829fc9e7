import { render } from 'preact';
import { SidebarApp } from '@/ui/sidebar/sidebar-app.tsx';
import { mountPage } from '@/ui/mount-page.ts';

render(<SidebarApp />, mountPage());
