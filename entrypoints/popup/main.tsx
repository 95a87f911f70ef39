import { render } from 'preact';
import { t, uiLanguage } from '../../src/ui/shared/i18n';
import { App as PopupApp } from '../../src/ui/popup';
import '../../src/ui/shared/theme.css';
import '../../src/ui/popup/popup.css';

// The page speaks the language its messages come from.
document.documentElement.lang = uiLanguage();
document.title = t('extName');
render(<PopupApp />, document.getElementById('app')!);
