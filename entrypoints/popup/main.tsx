import { render } from 'preact';
import '@/entrypoints/content/style.css';
import '@/components/card.css';
import { followSystemTheme } from '@/utils/extension-page-theme';
import './popup.css';
import { fetchSnapshot, PopupApp } from './PopupApp';

const app = document.getElementById('app');
const tabIdParam = new URLSearchParams(location.search).get('tab');
// Ask the page straight away, while Preact renders the first frame.
const early = fetchSnapshot(tabIdParam);
followSystemTheme(document);
if (app) render(<PopupApp tabIdParam={tabIdParam} early={early} />, app);
