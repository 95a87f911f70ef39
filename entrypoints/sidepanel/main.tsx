import { render } from 'preact';
import { t, uiLanguage } from '../../src/ui/shared/i18n';
import { App as SidebarApp } from '../../src/ui/sidebar';
import '../../src/ui/shared/theme.css';
import '../../src/ui/sidebar/sidebar.css';

// The page speaks the language its messages come from.
document.documentElement.lang = uiLanguage();
document.title = t('extName');
render(<SidebarApp />, document.getElementById('app')!);
