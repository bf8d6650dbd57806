DossierSearch.shard("ap", {"appear":"1.4,1.4","appears":"1.9","appreciates":"4.6","approached":"1.6","approaches":"3.6"});
