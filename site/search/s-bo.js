DossierSearch.shard("bo", {"boat":"1.6","bochkov":"1.6,1.6","bolster":"0.6","border":"0.1,1.2,2.1,1.1","borrell":"2.9","bound":"4.6","boycott":"2.8"});
