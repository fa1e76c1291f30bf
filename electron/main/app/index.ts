import { startDesktopApp } from './desktopApp';

void startDesktopApp();
