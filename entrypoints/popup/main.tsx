import { render } from 'preact';
import '@/components/card.css';
import './popup.css';
import { fetchSnapshot, PopupApp } from './PopupApp';

const app = document.getElementById('app');
const tabIdParam = new URLSearchParams(location.search).get('tab');
// Ask the page straight away, while Preact renders the first frame.
const early = fetchSnapshot(tabIdParam);
if (app) render(<PopupApp tabIdParam={tabIdParam} early={early} />, app);
