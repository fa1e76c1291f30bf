import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiContext } from './api/ApiContext';
import { chooseApi } from './api/chooseApi';
import { App } from './App';
import { StylesProvider } from './cite/StylesContext';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiContext.Provider value={chooseApi()}>
      <StylesProvider>
        <App />
      </StylesProvider>
    </ApiContext.Provider>
  </StrictMode>,
);
