/** @jsxImportSource preact */
import { render } from 'preact';
import { App } from './app';
// Order matters: later files refine earlier ones, and layout.css holds the phone-width overrides.
import './styles/base.css';
import './styles/components.css';
import './styles/layout.css';
import './styles/views.css';
import './styles/import.css';
import './styles/mail.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
