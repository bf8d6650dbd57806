DossierSearch.shard("ap", {"appear":"2.4,1.4","appears":"2.9","appear~":"2.9","appreciates":"1.6","appreci~":"1.6","approached":"2.6","approaches":"4.6","approach~":"2.4,2.4"});
