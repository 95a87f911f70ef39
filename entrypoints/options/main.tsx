import { render } from 'preact';
import { App as OptionsApp } from '../../src/ui/options';
import { t, uiLanguage } from '../../src/ui/shared/i18n';
import '../../src/ui/shared/theme.css';
import '../../src/ui/options/options.css';

document.documentElement.lang = uiLanguage();
document.title = t('options_title');
render(<OptionsApp />, document.getElementById('app')!);
