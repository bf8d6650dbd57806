DossierSearch.facets([
{"key":"language","name":"Language","multi":false,"byCount":true,"width":1,"values":[["en","English"]],"of":"11111"},
{"key":"year","name":"Year","multi":false,"byCount":false,"width":1,"values":[["2021","2021"]],"of":"11000"},
{"key":"publication","name":"Publication","multi":false,"byCount":true,"width":1,"values":[["south-china-morning-post","South China Morning Post"],["china-daily","China Daily"],["global-village-space","Global Village Space"]],"of":"20113"},
{"key":"theme","name":"Theme","multi":true,"byCount":true,"width":1,"values":[["alliances-and-blocs","Alliances and blocs"],["defence-and-security","Defence and security"],["diplomacy","Diplomacy"],["great-power-rivalry","Great-power rivalry"],["human-rights-and-democracy","Human rights and democracy"],["trade-and-economy","Trade and economy"],["energy","Energy"],["nuclear-weapons-and-arms-control","Nuclear weapons and arms control"]],"of":"0312,20135,12703,21046,03415"}
]);
