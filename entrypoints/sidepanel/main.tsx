import { render } from 'preact';
import { App } from '../../src/ui/sidebar/App';
import '../../src/ui/shared/theme.css';
import '../../src/ui/sidebar/sidebar.css';

render(<App />, document.getElementById('app')!);
