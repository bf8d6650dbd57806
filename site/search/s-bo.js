DossierSearch.shard("bo", {"boat":"2.6","bochkov":"2.6,1.6","bolster":"0.6","border":"0.1,1.1,1.2,2.1","borrell":"3.9","borrel~":"3.9","bound":"1.6","boycott":"3.8"});
