import { render } from 'preact';
import '@/entrypoints/content/style.css';
import '@/components/card.css';
import './options.css';
import { OptionsApp } from './OptionsApp';

const app = document.getElementById('app');
if (app) render(<OptionsApp />, app);
