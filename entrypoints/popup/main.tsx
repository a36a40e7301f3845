import { render } from 'preact';
import '@/components/card.css';
import './popup.css';
import { PopupApp } from './PopupApp';

const app = document.getElementById('app');
if (app) render(<PopupApp tabIdParam={new URLSearchParams(location.search).get('tab')} />, app);
