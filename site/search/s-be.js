DossierSearch.shard("be", {"began":"0.9","begun":"4.6","beijing":"0.1,1.1,1.1,1.1,1.1","belarus":"1.9","believe":"3.6","belt":"4.6","benchmark":"2.6","best":"1.4,3.4"});
