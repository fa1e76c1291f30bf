import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiContext } from './api/ApiContext';
import { chooseApi } from './api/chooseApi';
import { App } from './App';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiContext.Provider value={chooseApi()}>
      <App />
    </ApiContext.Provider>
  </StrictMode>,
);
