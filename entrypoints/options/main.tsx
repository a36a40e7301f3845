import { render } from 'preact';
import '@/components/card.css';
import './options.css';
import { OptionsApp } from './OptionsApp';

const app = document.getElementById('app');
if (app) render(<OptionsApp />, app);
